package chat.client.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandParserTest {

    @Test
    void plainTextIsSaidToTheRoom() {
        assertThat(CommandParser.parse("hello there")).isEqualTo(new Command.Say("hello there"));
    }

    @Test
    void blankLineDoesNothing() {
        assertThat(CommandParser.parse("   ")).isEqualTo(new Command.Empty());
        assertThat(CommandParser.parse("")).isEqualTo(new Command.Empty());
    }

    @Test
    void doubleSlashSaysALineStartingWithOneSlash() {
        assertThat(CommandParser.parse("//etc/passwd")).isEqualTo(new Command.Say("/etc/passwd"));
    }

    @Test
    void commandNamesIgnoreCaseAndSurroundingSpace() {
        assertThat(CommandParser.parse("/WHO")).isEqualTo(new Command.Who());
        assertThat(CommandParser.parse("/help  ")).isEqualTo(new Command.Help());
        assertThat(CommandParser.parse("/quit")).isEqualTo(new Command.Quit());
    }

    @Test
    void aliasesNameTheSameCommand() {
        assertThat(CommandParser.parse("/exit")).isEqualTo(new Command.Quit());
        assertThat(CommandParser.parse("/w bob hi")).isEqualTo(new Command.Msg("bob", "hi"));
    }

    @Test
    void nickTakesExactlyOneWord() {
        assertThat(CommandParser.parse("/nick  alice ")).isEqualTo(new Command.Nick("alice"));
        assertThat(CommandParser.parse("/nick")).isEqualTo(new Command.Usage(CommandName.NICK));
        assertThat(CommandParser.parse("/nick a b")).isEqualTo(new Command.Usage(CommandName.NICK));
    }

    @Test
    void msgKeepsTheWholeTextAfterTheNick() {
        assertThat(CommandParser.parse("/msg bob  salut à toi  ")).isEqualTo(new Command.Msg("bob", "salut à toi"));
    }

    @Test
    void msgWithoutTextShowsItsUsage() {
        assertThat(CommandParser.parse("/msg bob")).isEqualTo(new Command.Usage(CommandName.MSG));
        assertThat(CommandParser.parse("/msg")).isEqualTo(new Command.Usage(CommandName.MSG));
    }

    @Test
    void unknownCommandIsNamedInTheAnswer() {
        assertThat(CommandParser.parse("/dance now")).isEqualTo(new Command.Unknown("/dance"));
        assertThat(CommandParser.parse("/")).isEqualTo(new Command.Unknown("/"));
    }
}
