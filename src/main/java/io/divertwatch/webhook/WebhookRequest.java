package io.divertwatch.webhook;

import io.divertwatch.common.RejectsUnknownFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/v1/webhooks}. */
@RejectsUnknownFields
public record WebhookRequest(@NotBlank @Size(max = 2000) String url, @Size(max = 200) String secret,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> types, @Size(max = 20) String format) {
}
