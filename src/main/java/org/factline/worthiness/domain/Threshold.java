package org.factline.worthiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's own bar for "strong" check-worthy sentences (a score in percent). */
@Entity
@Table(name = "worthiness_threshold")
public class Threshold {

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "threshold", nullable = false)
    private int threshold;

    protected Threshold() {
        this.username = "";
    }

    public Threshold(String username, int threshold) {
        this.username = username;
        this.threshold = threshold;
    }

    public int getThreshold() {
        return threshold;
    }

    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }
}
