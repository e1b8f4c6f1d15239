package fi.vuoro.server.site;

/** A desk or room where staff call and serve tickets. Only open counters are called to and counted in estimates. */
public record Counter(String id, String siteId, String name, boolean open, WorkProfile workProfile) {}
