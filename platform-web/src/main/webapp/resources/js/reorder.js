// Drag and drop of units within a module on the programme editor. Dropping moves the item in
// the list and sends the new order through a hidden form; the server refuses an order that no
// longer matches what is stored. The ↑/↓ buttons do the same from the keyboard.
(function () {
    "use strict";
    var dragged = null;

    function send(list) {
        var ids = Array.prototype.map.call(list.querySelectorAll(":scope > li[data-unit]"), function (li) {
            return li.getAttribute("data-unit");
        });
        document.getElementById("reorder:module").value = list.getAttribute("data-module");
        document.getElementById("reorder:order").value = ids.join(",");
        document.getElementById("reorder:apply").click();
    }

    document.addEventListener("dragstart", function (event) {
        var item = event.target.closest && event.target.closest("li[data-unit]");
        if (!item) {
            return;
        }
        dragged = item;
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", item.getAttribute("data-unit"));
    });

    document.addEventListener("dragover", function (event) {
        var target = event.target.closest && event.target.closest("li[data-unit]");
        if (dragged && target && target.parentNode === dragged.parentNode) {
            event.preventDefault();
        }
    });

    document.addEventListener("drop", function (event) {
        var target = event.target.closest && event.target.closest("li[data-unit]");
        if (!dragged || !target || target === dragged || target.parentNode !== dragged.parentNode) {
            return;
        }
        event.preventDefault();
        var list = target.parentNode;
        var items = Array.prototype.slice.call(list.children);
        if (items.indexOf(dragged) < items.indexOf(target)) {
            list.insertBefore(dragged, target.nextSibling);
        } else {
            list.insertBefore(dragged, target);
        }
        dragged = null;
        send(list);
    });

    document.addEventListener("dragend", function () {
        dragged = null;
    });
})();
