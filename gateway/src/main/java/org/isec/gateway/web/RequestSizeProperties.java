package org.isec.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Largest request body the gateway forwards. */
@ConfigurationProperties("isec.gateway")
record RequestSizeProperties(@DefaultValue("1MB") DataSize maxRequestSize) {
}
