package org.openasm.context;

/**
 * The stages of a supply chain, in the order the commodity passes them from the pit to the border:
 * the supply chain map draws one column per stage in this order.
 */
public enum ChainActorKind {
	MINERS, PROCESSORS, TRADERS_BROKERS, BUYING_CENTRES, EXPORTERS, REFINERS_SMELTERS, STATE_BUYER, INFORMAL_CHANNELS,
	NEIGHBOURING_COUNTRIES
}
