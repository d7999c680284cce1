package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.Text;
import eu.s3learning.core.programme.types.WebAddress;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A place where face-to-face days happen, with its rooms. Its time zone is the one sessions there are planned in. */
@Entity
@Table(name = "venue")
public class Venue {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_NOTES = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = MAX_ADDRESS)
    private String address;

    @Column(name = "map_url", length = WebAddress.MAX_LENGTH)
    private String mapUrl;

    @Column(name = "accessibility_notes", nullable = false, length = MAX_NOTES)
    private String accessibilityNotes;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("name")
    private List<Room> rooms = new ArrayList<>();

    @Version
    private long version;

    protected Venue() {
    }

    public Venue(String name, String address, String mapUrl, String accessibilityNotes, String timeZone) {
        describe(name, address, mapUrl, accessibilityNotes, timeZone);
    }

    public void describe(String newName, String newAddress, String newMapUrl, String notes, String zone) {
        this.name = Text.required(newName, MAX_NAME, "error.venue.nameRequired");
        this.address = Text.required(newAddress, MAX_ADDRESS, "error.venue.addressRequired");
        this.mapUrl = newMapUrl == null || newMapUrl.isBlank() ? null : WebAddress.check(newMapUrl, "error.venue.mapInvalid");
        this.accessibilityNotes = Text.optional(notes, MAX_NOTES);
        try {
            this.timeZone = ZoneId.of(zone == null ? "" : zone.strip()).getId();
        } catch (DateTimeException unknown) {
            throw new RuleViolation("error.timeZone.unknown");
        }
    }

    public Room addRoom(String roomName, int capacity) {
        String cleanName = Text.required(roomName, MAX_NAME, "error.room.nameRequired");
        if (rooms.stream().anyMatch(r -> r.name().equalsIgnoreCase(cleanName))) {
            throw new RuleViolation("error.room.duplicate");
        }
        Room room = new Room(this, cleanName, capacity);
        rooms.add(room);
        return room;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String mapUrl() {
        return mapUrl;
    }

    public String accessibilityNotes() {
        return accessibilityNotes;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public List<Room> rooms() {
        return List.copyOf(rooms);
    }
}
