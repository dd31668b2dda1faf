package org.openasm.context;

/** Whether a mine site works under a licence, without one, or inside a designated ASM zone. */
public enum SiteLegalStatus {
	LICENSED, UNLICENSED, IN_ASM_ZONE
}
