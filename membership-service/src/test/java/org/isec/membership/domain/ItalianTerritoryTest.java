package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItalianTerritoryTest {

    @Test
    void knowsTheHundredAndSevenProvinces() {
        assertThat(ItalianTerritory.provinces()).hasSize(107).contains("MI", "MB", "BT", "SU", "VB", "FM", "AO");
    }

    @Test
    void refusesCodesOfAbolishedOrInventedProvinces() {
        assertThat(ItalianTerritory.isProvince("CI")).isFalse();
        assertThat(ItalianTerritory.isProvince("OT")).isFalse();
        assertThat(ItalianTerritory.isProvince("mi")).isFalse();
        assertThat(ItalianTerritory.isProvince("XX")).isFalse();
    }

    @Test
    void recognisesRegionsHoweverTheyAreSpelt() {
        assertThat(ItalianTerritory.region("lombardia")).contains("Lombardia");
        assertThat(ItalianTerritory.region("Emilia Romagna")).contains("Emilia-Romagna");
        assertThat(ItalianTerritory.region("valle d'aosta")).contains("Valle d'Aosta");
        assertThat(ItalianTerritory.region("Padania")).isEmpty();
    }

    @Test
    void placesEachProvinceInItsRegion() {
        assertThat(ItalianTerritory.regionOf("MI")).contains("Lombardia");
        assertThat(ItalianTerritory.regionOf("SU")).contains("Sardegna");
    }
}
