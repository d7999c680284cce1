// Sign-up and giving up a place on the journey page, answered in place: the button asks
// /trainee/seats (SeatServlet) and the row shows the answer, so the page is not rendered again.
// Without this script, the buttons post their form and the page comes back as before. When the
// answer is not the platform's (signed out, a network failure), the button does just that.
(function () {
    "use strict";

    function notice(row, text, kind) {
        var region = row.closest("form").querySelector(".seat-notice");
        var message = document.createElement("p");
        message.className = "message " + kind;
        message.textContent = text;
        region.replaceChildren(message);
    }

    function button(table, kind) {
        var made = document.createElement("button");
        made.type = "button";
        made.className = kind === "leave" ? "link-button danger leave" : "button sign-up";
        made.textContent = table.getAttribute(kind === "leave" ? "data-leave" : "data-sign-up");
        return made;
    }

    function show(row, table, answer) {
        row.setAttribute("data-seat", answer.outcome === "LEFT" ? "" : String(answer.seat));
        row.querySelector(".seat-status").textContent = answer.status;
        row.querySelector(".places").textContent = answer.places;
        var where = row.querySelector(".where");
        where.querySelectorAll(".meeting").forEach(function (old) { old.remove(); });
        var shown = null;
        if (answer.meetingUrl && /^https?:\/\//.test(answer.meetingUrl)) {
            shown = document.createElement("a");
            shown.className = "button primary meeting-link";
            shown.href = answer.meetingUrl;
            shown.rel = "noopener noreferrer";
            shown.target = "_blank";
            shown.textContent = answer.meetingLabel;
        } else if (answer.meetingHint) {
            shown = document.createElement("span");
            shown.className = "hint";
            shown.textContent = answer.meetingHint;
        }
        if (shown) {
            var meeting = document.createElement("span");
            meeting.className = "meeting";
            meeting.append(document.createElement("br"), shown);
            where.append(meeting);
        }
        var cell = row.querySelector(".seat-status").parentNode;
        cell.querySelectorAll("input.sign-up, input.leave, button.sign-up, button.leave").forEach(function (old) { old.remove(); });
        var next = answer.outcome === "LEFT" ? (answer.signUpOpen ? button(table, "sign-up") : null) : button(table, "leave");
        if (next) {
            cell.append(" ", next);
            next.focus();
        }
        notice(row, answer.message, "info");
    }

    function fallBack(pressed) {
        if (pressed.name) {
            pressed.form.requestSubmit(pressed);
        } else {
            window.location.reload();
        }
    }

    document.addEventListener("click", function (event) {
        var pressed = event.target.closest && event.target.closest("tr.session .sign-up, tr.session .leave");
        var table = pressed && pressed.closest("table[data-seats]");
        if (!table || pressed.disabled) {
            return;
        }
        event.preventDefault();
        var row = pressed.closest("tr.session");
        var signUp = pressed.classList.contains("sign-up");
        var body = new URLSearchParams(signUp
            ? {action: "sign-up", session: row.getAttribute("data-session")}
            : {action: "leave", seat: row.getAttribute("data-seat")});
        pressed.disabled = true;
        fetch(table.getAttribute("data-seats"), {
            method: "POST",
            headers: {"X-S3-Token": table.getAttribute("data-token")},
            body: body,
            credentials: "same-origin",
            redirect: "error"
        }).then(function (response) {
            var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
            if (!json) {
                throw new Error("not the platform's answer");
            }
            return response.json().then(function (answer) {
                pressed.disabled = false;
                if (response.ok) {
                    show(row, table, answer);
                } else {
                    notice(row, answer.message, "error");
                }
            });
        }).catch(function () {
            pressed.disabled = false;
            fallBack(pressed);
        });
    });
})();
