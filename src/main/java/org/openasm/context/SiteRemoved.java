package org.openasm.context;

/**
 * Published in the transaction that removes a mine site, so that the records other modules keep about
 * the site (the techniques practised there, its type override) go with it and no reader has to check
 * every link against the recorded sites.
 */
public record SiteRemoved(long workspaceId, long siteId) {
}
