package org.factline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the module documentation under target/ stays current. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FactlineApplication.class);

    @Test
    void module_boundaries_are_respected() {
        modules.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
