package org.openasm.taskforce;

/** A member's role in the task force. */
public enum MemberRole {
	CHAIR, SECRETARIAT, MEMBER
}
