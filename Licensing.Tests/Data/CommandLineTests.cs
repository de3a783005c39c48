using Licensing.Web.Hosting;

namespace Licensing.Tests.Data;

public class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], new string[0])]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5104" }, new string[0])]
    [InlineData(new[] { "--urls=http://127.0.0.1:5104" }, new string[0])]
    [InlineData(new[] { "--environment", "Production", "migrate" }, new[] { "migrate" })]
    [InlineData(new[] { "register", "import", "file.csv" }, new[] { "register", "import", "file.csv" })]
    [InlineData(new[] { "Database:Provider=SqlServer", "migrate" }, new[] { "migrate" })]
    public void Host_options_and_their_values_are_not_taken_for_a_command(string[] args, string[] expected) =>
        Assert.Equal(expected, CommandLine.Words(args));
}
