package chat.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a member left, as carried by a {@code leave} notice. */
public enum LeaveReason {
    @JsonProperty("quit") QUIT,
    @JsonProperty("closed") CLOSED,
    @JsonProperty("timeout") TIMEOUT,
    @JsonProperty("error") ERROR,
    @JsonProperty("slow") SLOW,
    @JsonProperty("shutdown") SHUTDOWN,
    /** A reason added by a later version. */
    @JsonEnumDefaultValue OTHER
}
