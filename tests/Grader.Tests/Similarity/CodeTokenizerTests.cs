using Grader.Similarity;

namespace Grader.Tests.Similarity;

public sealed class CodeTokenizerTests
{
    [Fact]
    public void Names_literals_comments_and_layout_do_not_change_the_tokens_but_code_does()
    {
        var original = CodeTokenizer.Tokenize("var total = Suma(3, \"a\"); // suma\nConsole.WriteLine($\"{total:F2} euros\");\n");
        var renamed = CodeTokenizer.Tokenize("/* otro */ var x =\n    F(42,\n      @\"bb\");\nSystem_Console.Print($\"{x:N0} total\");");
        var other = CodeTokenizer.Tokenize("var total = Suma(3, \"a\") + 1;\nConsole.WriteLine($\"{total:F2} euros\");\n");

        Assert.Equal(original.Tokens.Select(t => t.Symbol), renamed.Tokens.Select(t => t.Symbol));
        Assert.NotEqual(original.Tokens.Select(t => t.Symbol), other.Tokens.Select(t => t.Symbol));
        Assert.Equal([1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4], renamed.Tokens.Take(11).Select(t => t.Line));
    }

    [Fact]
    public void Numbers_and_text_stay_apart_and_keywords_keep_their_kind()
    {
        var numbers = CodeTokenizer.Tokenize("F(1);");
        var text = CodeTokenizer.Tokenize("F('1');");
        var keyword = CodeTokenizer.Tokenize("F(null);");

        Assert.NotEqual(numbers.Tokens[2].Symbol, text.Tokens[2].Symbol);
        Assert.NotEqual(numbers.Tokens[2].Symbol, keyword.Tokens[2].Symbol);
    }

    [Fact]
    public void A_multi_line_string_spans_its_lines_and_an_empty_or_broken_file_still_reads()
    {
        var raw = CodeTokenizer.Tokenize("var s = \"\"\"\n    uno\n    dos\n    \"\"\";");
        var broken = CodeTokenizer.Tokenize("void F( { int x = ; } }} ¿");

        Assert.Contains(raw.Tokens, t => t.Line == 1 && t.EndLine == 4);
        Assert.Empty(CodeTokenizer.Tokenize("").Tokens);
        Assert.Empty(CodeTokenizer.Tokenize("// solo un comentario\n").Tokens);
        Assert.True(broken.Tokens.Length >= 10, $"{broken.Tokens.Length} tokens");
    }
}
