package org.factline.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.factline.base.domain.AbstractEntity;

/** A timeline category with its colour; admins manage the list. */
@Entity
@Table(name = "event_category")
public class EventCategory extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 60;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "color", nullable = false, length = 7)
    private String color;

    @Column(name = "position", nullable = false)
    private int position;

    /** Inverse side, so a renamed category reindexes its events; never loaded otherwise. */
    @OneToMany(mappedBy = "category")
    private Set<TimelineEvent> events = new HashSet<>();

    protected EventCategory() {
        this.name = "";
        this.color = "#000000";
    }

    public EventCategory(String name, String color, int position) {
        this.name = name;
        this.color = color;
        this.position = position;
    }

    public void change(String name, String color) {
        this.name = name;
        this.color = color;
    }

    public String getName() {
        return name;
    }

    public String getColor() {
        return color;
    }

    public int getPosition() {
        return position;
    }
}
