package org.isec.defaults.problem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize largest request body a service reads (multipart uploads may use
 *                    {@code spring.servlet.multipart.max-request-size}); larger ones get a 413 problem
 */
@ConfigurationProperties("isec.web")
record WebProperties(@DefaultValue("256KB") DataSize maxBodySize) {
}
