package eu.s3learning.web.training;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.scheduling.Venue;
import eu.s3learning.core.scheduling.Venues;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Venues for face-to-face days and their rooms. */
@Named
@RequestScoped
public class VenuesView {

    @Inject
    Venues venues;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String name;
    private String address;
    private String mapUrl;
    private String notes;
    private String timeZone = "Europe/Bucharest";
    private final Map<Long, String> roomNames = new HashMap<>();
    /** Per venue, as submitted text: maps in EL carry no type. */
    private final Map<Long, String> roomCapacities = new HashMap<>();

    public List<Venue> getAll() {
        return venues.all();
    }

    public void create() {
        try {
            venues.create(current.id(), name, address, mapUrl, notes, timeZone);
            texts.info("venue.created");
            name = null;
            address = null;
            mapUrl = null;
            notes = null;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public void addRoom(long venueId) {
        try {
            String seats = roomCapacities.get(venueId);
            int capacity = seats != null && seats.strip().matches("\\d{1,6}") ? Integer.parseInt(seats.strip()) : 0;
            venues.addRoom(current.id(), venueId, roomNames.get(venueId), capacity);
            texts.info("venue.roomAdded");
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getMapUrl() {
        return mapUrl;
    }

    public void setMapUrl(String mapUrl) {
        this.mapUrl = mapUrl;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Map<Long, String> getRoomNames() {
        return roomNames;
    }

    public Map<Long, String> getRoomCapacities() {
        return roomCapacities;
    }
}
