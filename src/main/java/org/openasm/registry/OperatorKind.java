package org.openasm.registry;

/** Who holds or seeks a licence: one miner, a group or cooperative of miners, or a registered company. */
public enum OperatorKind {
	INDIVIDUAL, GROUP, COMPANY
}
