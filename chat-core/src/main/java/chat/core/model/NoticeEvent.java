package chat.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code event} of a NOTICE. */
public enum NoticeEvent {
    @JsonProperty("join") JOIN,
    @JsonProperty("leave") LEAVE,
    @JsonProperty("nick") NICK,
    @JsonProperty("shutdown") SHUTDOWN,
    @JsonProperty("info") INFO,
    @JsonProperty("presence") PRESENCE,
    /** An event added by a later version: receivers ignore it. */
    @JsonEnumDefaultValue UNKNOWN
}
