package org.factline.worthiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.factline.base.domain.AbstractEntity;

/** A model retrained with the team's feedback, with how it compared to the one it replaced. */
@Entity
@Table(name = "worthiness_model")
public class TrainedModel extends AbstractEntity {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "model", nullable = false)
    private String model;

    @Column(name = "training_items", nullable = false)
    private int trainingItems;

    @Column(name = "held_out_items", nullable = false)
    private int heldOutItems;

    @Column(name = "previous_name", nullable = false)
    private String previousName;

    @Column(name = "previous_score", nullable = false)
    private double previousScore;

    @Column(name = "new_score", nullable = false)
    private double newScore;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected TrainedModel() {
        this.name = "";
        this.createdBy = "";
        this.model = "";
        this.previousName = "";
    }

    public TrainedModel(
            String name,
            String createdBy,
            String model,
            int trainingItems,
            int heldOutItems,
            String previousName,
            double previousScore,
            double newScore,
            boolean active) {
        this.name = name;
        this.createdBy = createdBy;
        this.model = model;
        this.trainingItems = trainingItems;
        this.heldOutItems = heldOutItems;
        this.previousName = previousName;
        this.previousScore = previousScore;
        this.newScore = newScore;
        this.active = active;
    }

    public void deactivate() {
        this.active = false;
    }

    public String getName() {
        return name;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getModel() {
        return model;
    }

    public int getTrainingItems() {
        return trainingItems;
    }

    public int getHeldOutItems() {
        return heldOutItems;
    }

    public String getPreviousName() {
        return previousName;
    }

    public double getPreviousScore() {
        return previousScore;
    }

    public double getNewScore() {
        return newScore;
    }

    public boolean isActive() {
        return active;
    }
}
