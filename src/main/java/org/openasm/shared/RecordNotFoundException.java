package org.openasm.shared;

/** A record asked for by id does not exist in the workspace it was asked for in. */
public class RecordNotFoundException extends RuntimeException {

	private final String recordType;

	private final Object recordId;

	public RecordNotFoundException(String recordType, Object recordId) {
		super(recordType + " " + recordId + " not found");
		this.recordType = recordType;
		this.recordId = recordId;
	}

	public String recordType() {
		return recordType;
	}

	public Object recordId() {
		return recordId;
	}
}
