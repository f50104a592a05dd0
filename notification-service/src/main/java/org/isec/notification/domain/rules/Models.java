package org.isec.notification.domain.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.isec.contracts.Money;
import org.isec.notification.domain.templates.TemplateValue;

/** A small builder for template models, so rules read as the values they pass. */
final class Models {

    private final Map<String, TemplateValue> values = new LinkedHashMap<>();

    static Models model() {
        return new Models();
    }

    Models text(String name, String text) {
        values.put(name, TemplateValue.text(text));
        return this;
    }

    Models value(String name, TemplateValue value) {
        values.put(name, value);
        return this;
    }

    Models money(String name, Money money) {
        values.put(name, money == null ? TemplateValue.text("") : TemplateValue.money(money.amount(), money.currency()));
        return this;
    }

    Map<String, TemplateValue> build() {
        return values;
    }
}
