package org.isec.marketplace.domain.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Supplier profiles shaped like the consortium's members: small firms in trades common among Milan's
 * immigrant-founded and local enterprises, mostly in Lombardy, one to three ATECO codes, a handful of
 * capabilities from their trade plus a few cross-trade ones, Italian plus one to three other languages.
 * Seeded, so tests and benchmarks see the same population every run.
 */
final class SyntheticSuppliers {

    private record Sector(String[] ateco, String[] capabilities) {
    }

    private static final Sector[] SECTORS = {
        new Sector(new String[] {"56.10.11", "56.10.20", "56.21.00", "56.29.10"},
                new String[] {"catering", "halal food", "vegetarian menus", "kosher food", "event buffet", "service staff",
                    "food delivery", "ethnic cuisine", "pastry", "haccp certified kitchen"}),
        new Sector(new String[] {"41.20.00", "43.21.01", "43.22.01", "43.31.00", "43.34.00", "43.39.01"},
                new String[] {"renovation", "electrical wiring", "plumbing", "plastering", "painting", "tiling",
                    "flooring", "heating systems", "photovoltaic installation", "scaffolding"}),
        new Sector(new String[] {"81.21.00", "81.22.02", "81.29.10", "81.30.00"},
                new String[] {"office cleaning", "industrial cleaning", "sanitisation", "window cleaning",
                    "gardening", "waste sorting", "post-construction cleaning"}),
        new Sector(new String[] {"49.41.00", "52.29.22", "53.20.00", "49.32.20"},
                new String[] {"freight transport", "refrigerated transport", "last-mile delivery", "warehousing",
                    "removals", "customs brokerage", "courier"}),
        new Sector(new String[] {"62.01.00", "62.02.00", "63.11.20", "63.12.00"},
                new String[] {"web development", "mobile apps", "e-commerce", "it support", "networking",
                    "cybersecurity", "data analysis", "cloud hosting"}),
        new Sector(new String[] {"74.30.00", "82.30.00", "73.11.02", "74.10.29"},
                new String[] {"translation", "interpreting", "event organisation", "graphic design", "marketing",
                    "social media", "photography", "video production", "printing"}),
        new Sector(new String[] {"14.13.10", "14.19.10", "13.92.20", "15.20.10"},
                new String[] {"tailoring", "garment manufacturing", "embroidery", "textile repair", "leather goods",
                    "uniforms", "upholstery"}),
        new Sector(new String[] {"47.11.10", "47.21.01", "46.31.10", "46.38.90", "47.71.10"},
                new String[] {"grocery supply", "fruit and vegetables", "wholesale food", "import export",
                    "ethnic products", "clothing retail"}),
        new Sector(new String[] {"69.20.11", "70.22.09", "69.10.10", "78.10.00"},
                new String[] {"bookkeeping", "payroll", "tax filing", "business consulting", "recruitment",
                    "legal assistance", "eu funding applications"}),
        new Sector(new String[] {"45.20.10", "45.20.20", "33.12.10", "95.21.00"},
                new String[] {"car repair", "bodywork", "machinery maintenance", "appliance repair", "tyre service"}),
        new Sector(new String[] {"96.02.01", "96.02.02", "96.04.10", "86.90.29"},
                new String[] {"hairdressing", "beauty treatments", "wellness", "elderly care", "childcare"}),
        new Sector(new String[] {"10.71.10", "10.82.00", "10.89.09", "01.13.10"},
                new String[] {"bakery", "confectionery", "food processing", "organic produce", "spices", "halal food"}),
    };

    private static final String[] CROSS_TRADE = {"iso 9001", "iso 14001", "sa8000", "invoicing in english",
        "public procurement experience", "24/7 availability", "electric vehicles", "female-led", "social cooperative",
        "b corp", "multilingual staff", "certified training"};

    private static final String[][] PLACES = {
        {"Lombardia", "MI"}, {"Lombardia", "MI"}, {"Lombardia", "MI"}, {"Lombardia", "MI"}, {"Lombardia", "MB"},
        {"Lombardia", "BG"}, {"Lombardia", "BS"}, {"Lombardia", "VA"}, {"Lombardia", "CO"}, {"Lombardia", "PV"},
        {"Lombardia", "LO"}, {"Lombardia", "CR"}, {"Lombardia", "MN"}, {"Lombardia", "LC"}, {"Lombardia", "SO"},
        {"Piemonte", "TO"}, {"Piemonte", "NO"}, {"Emilia-Romagna", "BO"}, {"Emilia-Romagna", "PC"},
        {"Veneto", "VR"}, {"Veneto", "PD"}, {"Lazio", "RM"}, {"Toscana", "FI"}, {"Liguria", "GE"},
        {"Campania", "NA"}, {"Sicilia", "PA"}, {"Puglia", "BA"}, {"Trentino-Alto Adige", "TN"},
    };

    private static final String[] LANGUAGES = {"en", "fr", "es", "ar", "zh", "ro", "sq", "ur", "bn", "wo", "pt",
        "ru", "uk", "tl", "hi", "ta", "si", "am", "ti", "pa"};

    private final Random random;

    SyntheticSuppliers(long seed) {
        random = new Random(seed);
    }

    List<SupplierProfile> generate(int count) {
        List<SupplierProfile> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(profile(i));
        }
        return out;
    }

    /** A demand like the ones buyers post: a class-level ATECO code, two or three capabilities, Milan. */
    Demand demand() {
        Sector s = SECTORS[random.nextInt(SECTORS.length)];
        String code = s.ateco()[random.nextInt(s.ateco().length)].substring(0, 5);
        Set<String> caps = pick(s.capabilities(), 2 + random.nextInt(2));
        return new Demand("buyer-0", null, code, caps, "Lombardia", "MI", Set.of("it", "en"), null);
    }

    private SupplierProfile profile(int i) {
        Sector main = SECTORS[random.nextInt(SECTORS.length)];
        List<String> ateco = new ArrayList<>(pick(main.ateco(), 1 + random.nextInt(2)));
        Set<String> caps = pick(main.capabilities(), 2 + random.nextInt(5));
        if (random.nextInt(5) == 0) {
            Sector side = SECTORS[random.nextInt(SECTORS.length)];
            ateco.add(side.ateco()[random.nextInt(side.ateco().length)]);
            caps.addAll(pick(side.capabilities(), 1 + random.nextInt(2)));
        }
        caps.addAll(pick(CROSS_TRADE, random.nextInt(3)));
        String[] place = PLACES[random.nextInt(PLACES.length)];
        Set<String> langs = new LinkedHashSet<>();
        langs.add("it");
        langs.addAll(pick(LANGUAGES, 1 + random.nextInt(3)));
        double reputation = Math.min(1, Math.max(0, 0.65 + random.nextGaussian() * 0.12));
        double onTime = Math.min(1, Math.max(0, 0.8 + random.nextGaussian() * 0.1));
        boolean canTrade = random.nextInt(50) != 0;
        return new SupplierProfile("member-%06d".formatted(i), "Impresa %06d".formatted(i), ateco, caps,
                place[0], place[1], langs, reputation, onTime, canTrade);
    }

    private Set<String> pick(String[] from, int n) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < Math.min(n, from.length)) {
            out.add(from[random.nextInt(from.length)]);
        }
        return out;
    }
}
