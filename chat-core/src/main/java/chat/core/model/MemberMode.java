package chat.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a member's connection speaks: length-prefixed frames or plain text lines. */
public enum MemberMode {
    @JsonProperty("framed") FRAMED,
    @JsonProperty("line") LINE
}
