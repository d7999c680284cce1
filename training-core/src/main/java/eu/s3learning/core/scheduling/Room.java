package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "room")
public class Room {

    public static final int MAX_CAPACITY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Column(nullable = false, length = Venue.MAX_NAME)
    private String name;

    @Column(nullable = false)
    private int capacity;

    protected Room() {
    }

    Room(Venue venue, String name, int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new RuleViolation("error.room.capacity", MAX_CAPACITY);
        }
        this.venue = venue;
        this.name = name;
        this.capacity = capacity;
    }

    public Long id() {
        return id;
    }

    public Venue venue() {
        return venue;
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }
}
