package org.openasm.shared.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the acting user. */
public class AuditRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		((AuditRevision) revisionEntity).setUsername(CurrentActor.name());
	}
}
