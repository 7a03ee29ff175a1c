package io.copydesk.generate;

/**
 * What a story is about. Each kind brings the words its coverage keeps repeating, the roles of
 * the people quoted, the kind of organisations involved and the units its numbers come with, so
 * that two earthquakes look alike on topic words and differ only in names, numbers and facts.
 */
enum EventKind {
    EARTHQUAKE("earthquake", "world",
            words("earthquake quake magnitude epicentre aftershock aftershocks tremor rubble collapsed rescuers"
                    + " survivors seismic buildings injured shaking geologists depth evacuated tents emergency"),
            words("seismologist|mayor|rescue chief|regional governor"),
            words("Geological Survey|Red Crescent|Disaster Agency"),
            words("people|kilometres|buildings|families")),
    RATE_DECISION("rate-decision", "business",
            words("interest rates inflation policy committee hike cut benchmark borrowing markets bond yields"
                    + " currency economists lending tightening easing forecast mortgage"),
            words("governor|chief economist|analyst|deputy governor"),
            words("Central Bank|Reserve Bank|Monetary Authority"),
            words("percent|basis points|billion dollars")),
    SUMMIT("summit", "world",
            words("summit leaders talks delegation agreement communique bilateral ministers trade security"
                    + " declaration diplomats host agenda sanctions cooperation envoy negotiations"),
            words("president|prime minister|foreign minister|envoy"),
            words("Foreign Ministry|Council|Union"),
            words("countries|delegations|billion dollars")),
    ELECTION("election", "politics",
            words("election vote votes ballots turnout polls candidate campaign coalition seats parliament"
                    + " constituency opposition incumbent runoff results voters landslide"),
            words("candidate|party leader|spokesperson|election official"),
            words("Party|Electoral Commission|Alliance"),
            words("percent|seats|voters")),
    TRIAL("trial", "world",
            words("trial court judge jury verdict prosecutors defendant testimony witness charges fraud"
                    + " sentence appeal guilty hearing lawyers evidence acquitted"),
            words("judge|prosecutor|defence lawyer|former executive"),
            words("High Court|Prosecution Service|Legal Partners"),
            words("years|counts|million dollars")),
    STORM("storm", "world",
            words("storm hurricane winds rainfall flooding landfall coast evacuation gusts power outages"
                    + " forecasters surge shelters damage downed warning cyclone"),
            words("forecaster|governor|emergency official|mayor"),
            words("Weather Service|Civil Defence|Power Company"),
            words("millimetres|kilometres per hour|homes")),
    MERGER("merger", "business",
            words("merger acquisition deal shareholders takeover bid valuation regulators antitrust shares"
                    + " premium board stake combined investors offer approval"),
            words("chief executive|chairman|analyst|board member"),
            words("Holdings|Group|Capital"),
            words("billion dollars|percent|per share")),
    WILDFIRE("wildfire", "world",
            words("wildfire blaze firefighters hectares containment flames smoke evacuations drought embers"
                    + " helicopters crews scorched homes heatwave ignited perimeter"),
            words("fire chief|ranger|county official|mayor"),
            words("Fire Service|Forestry Department|Rural Fire Authority"),
            words("hectares|percent|homes")),
    STRIKE("strike", "business",
            words("strike union workers walkout wages pay picket negotiations employers dispute contract"
                    + " shifts mediation ballot industrial overtime"),
            words("union leader|negotiator|labour minister|spokesperson"),
            words("Workers Union|Transport Authority|Employers Federation"),
            words("percent|workers|days")),
    MATCH("match", "sport",
            words("match goal striker coach season league final penalty defender victory defeat stadium"
                    + " fans injury transfer title midfielder minute"),
            words("coach|captain|striker|goalkeeper"),
            words("United|Athletic|Rovers"),
            words("goals|minutes|points")),
    LAUNCH("launch", "science",
            words("launch rocket satellite orbit mission payload engine booster spacecraft countdown"
                    + " liftoff astronauts telemetry capsule module trajectory"),
            words("mission director|engineer|astronaut|flight controller"),
            words("Space Agency|Aerospace|Orbital Systems"),
            words("kilometres|tonnes|minutes")),
    OUTBREAK("outbreak", "health",
            words("outbreak virus cases infections vaccine hospital patients health symptoms quarantine"
                    + " testing clinics strain doctors transmission tracing"),
            words("health minister|epidemiologist|doctor|hospital director"),
            words("Health Ministry|Disease Control Agency|General Hospital"),
            words("cases|percent|doses"));

    private static final EventKind[] ALL = values();

    final String label;
    final String section;
    final String[] topicWords;
    final String[] roles;
    final String[] orgSuffixes;
    final String[] units;

    EventKind(String label, String section, String[] topicWords, String[] roles, String[] orgSuffixes, String[] units) {
        this.label = label;
        this.section = section;
        this.topicWords = topicWords;
        this.roles = roles;
        this.orgSuffixes = orgSuffixes;
        this.units = units;
    }

    static EventKind random(Rng rng) {
        return rng.pick(ALL);
    }

    /** Splits on '|' when present (multi-word items), else on spaces. */
    private static String[] words(String list) {
        return list.indexOf('|') >= 0 ? list.split("\\|") : list.split(" ");
    }
}
