package org.isec.membership.domain;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 20 Italian regions and their 107 provinces (province, metropolitan city, free municipal
 * consortium), by the two-letter code used on number plates and in company registers.
 */
public final class ItalianTerritory {

    private static final Map<String, List<String>> PROVINCES_BY_REGION = new LinkedHashMap<>();

    static {
        PROVINCES_BY_REGION.put("Piemonte", List.of("AL", "AT", "BI", "CN", "NO", "TO", "VB", "VC"));
        PROVINCES_BY_REGION.put("Valle d'Aosta", List.of("AO"));
        PROVINCES_BY_REGION.put("Lombardia", List.of("BG", "BS", "CO", "CR", "LC", "LO", "MN", "MI", "MB", "PV", "SO", "VA"));
        PROVINCES_BY_REGION.put("Trentino-Alto Adige", List.of("BZ", "TN"));
        PROVINCES_BY_REGION.put("Veneto", List.of("BL", "PD", "RO", "TV", "VE", "VR", "VI"));
        PROVINCES_BY_REGION.put("Friuli-Venezia Giulia", List.of("GO", "PN", "TS", "UD"));
        PROVINCES_BY_REGION.put("Liguria", List.of("GE", "IM", "SP", "SV"));
        PROVINCES_BY_REGION.put("Emilia-Romagna", List.of("BO", "FE", "FC", "MO", "PR", "PC", "RA", "RE", "RN"));
        PROVINCES_BY_REGION.put("Toscana", List.of("AR", "FI", "GR", "LI", "LU", "MS", "PI", "PT", "PO", "SI"));
        PROVINCES_BY_REGION.put("Umbria", List.of("PG", "TR"));
        PROVINCES_BY_REGION.put("Marche", List.of("AN", "AP", "FM", "MC", "PU"));
        PROVINCES_BY_REGION.put("Lazio", List.of("FR", "LT", "RI", "RM", "VT"));
        PROVINCES_BY_REGION.put("Abruzzo", List.of("AQ", "CH", "PE", "TE"));
        PROVINCES_BY_REGION.put("Molise", List.of("CB", "IS"));
        PROVINCES_BY_REGION.put("Campania", List.of("AV", "BN", "CE", "NA", "SA"));
        PROVINCES_BY_REGION.put("Puglia", List.of("BA", "BT", "BR", "FG", "LE", "TA"));
        PROVINCES_BY_REGION.put("Basilicata", List.of("MT", "PZ"));
        PROVINCES_BY_REGION.put("Calabria", List.of("CZ", "CS", "KR", "RC", "VV"));
        PROVINCES_BY_REGION.put("Sicilia", List.of("AG", "CL", "CT", "EN", "ME", "PA", "RG", "SR", "TP"));
        PROVINCES_BY_REGION.put("Sardegna", List.of("CA", "NU", "OR", "SS", "SU"));
    }

    private static final Map<String, String> REGION_OF_PROVINCE = PROVINCES_BY_REGION.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(p -> Map.entry(p, e.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, String> REGION_BY_KEY = PROVINCES_BY_REGION.keySet().stream()
            .collect(Collectors.toUnmodifiableMap(ItalianTerritory::key, r -> r));

    private ItalianTerritory() {
    }

    public static Set<String> provinces() {
        return REGION_OF_PROVINCE.keySet();
    }

    public static boolean isProvince(String code) {
        return code != null && REGION_OF_PROVINCE.containsKey(code);
    }

    /** The region's official name for a spelling such as "lombardia" or "Emilia Romagna", if it is one. */
    public static Optional<String> region(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(REGION_BY_KEY.get(key(name)));
    }

    public static Optional<String> regionOf(String province) {
        return Optional.ofNullable(REGION_OF_PROVINCE.get(province));
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("[^\\p{Alpha}]", "")
                .toLowerCase(Locale.ROOT);
    }
}
