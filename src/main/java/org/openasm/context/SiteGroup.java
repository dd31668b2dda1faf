package org.openasm.context;

/**
 * Mine sites that share the attributes telling ASM types apart, counted by the database: the commodity,
 * deposit, mechanisation and scale (as their enum names, like {@link SiteFacts}), the area, how many
 * sites and how many women and men work at them. A group of one site kept apart on request carries the
 * site's id and name; otherwise both are null.
 */
public record SiteGroup(Long siteId, String siteName, Commodity commodity, String depositType, String mechanisation, String scale,
		Long areaId, int sites, long women, long men) {
}
