package org.openasm.shared;

/** How a record names itself when another record's history refers to it (e.g. a member's agency). */
public interface HistoryLabel {

	String historyLabel();
}
