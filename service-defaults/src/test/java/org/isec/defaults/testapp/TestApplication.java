package org.isec.defaults.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small service built on the defaults, as a real service would be. */
@SpringBootApplication
public class TestApplication {
}
