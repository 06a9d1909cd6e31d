package nl.zsm.hg.slachtoffer.domain;

import java.time.Instant;

/** One attempt to inform the victim by phone (L801-807). */
public record Belpoging(Instant gebeldOp, boolean bereikt, String toelichting) {}
