package org.prss.advisor.model;

import java.time.LocalDate;

/** An approved decision to accept a finding for now; it stays visible and lapses on its expiry date. */
public record Waiver(String findingId, String justification, String approvedBy, LocalDate expires) {}
