using Licensing.Domain.Register;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Register;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Register;

public class RegisterCsvTests
{
    private const string Header = "reference,authority_code,authority_name,surname,forenames,previous_surnames,date_of_birth,driving_licence_number,ni_number,postcode,licence_type,decision,decision_date,grounds";
    private const string Good1 = "001-2018-000000,E06999001,Northam Borough Council,Chaudhry,Naveed,,1998-01-28,CHAUD901288N99SB,,HD2 2SS,private-hire-driver,revocation,2018-03-15,sexual-misconduct";
    private const string Good2 = "003-2012-000002,E08999003,\"Castlefield Metropolitan Borough Council, Licensing\",McLean,Karim Javed,Smith;Jones,2001-03-31,MCLEA003311KJ9RW,BJ786579D,LS10 4GJ,dual-driver,suspension,2012-03-09,dishonesty";

    private static async Task<ImportResult> ImportAsync(TestDatabase database, params string[] lines)
    {
        await using var db = database.NewContext();
        return await RegisterCsv.ImportAsync(db, new StringReader(string.Join("\r\n", lines) + "\r\n"));
    }

    [Fact]
    public async Task A_good_file_imports_every_row_with_quoting_and_previous_surnames()
    {
        using var database = new TestDatabase();
        var result = await ImportAsync(database, Header, Good1, Good2);
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Created);
        await using var db = database.NewContext();
        var entry = await db.RegisterEntries.SingleAsync(e => e.Reference == "003-2012-000002");
        Assert.Equal(["Smith", "Jones"], entry.PreviousSurnames);
        Assert.Equal("Castlefield Metropolitan Borough Council, Licensing", entry.AuthorityName);
        Assert.Equal(RegisterDecision.Suspension, entry.Decision);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_number_and_nothing_is_imported()
    {
        using var database = new TestDatabase();
        var result = await ImportAsync(database, Header, Good1,
            "X1,E06999001,Northam,,Naveed,,1998-02-30,,,,taxi,revocation,2018-03-15,sexual-misconduct",
            Good2,
            "X2,E06999001,Northam,Smith,John,,1998-01-01,,,,private-hire-driver,revocation,2018-03-15",
            "001-2018-000000,E06999001,Northam,Smith,John,,1998-01-01,,,,private-hire-driver,revocation,2018-03-15,other");
        Assert.False(result.Succeeded);
        Assert.Equal([3, 5, 6], result.Problems.Select(p => p.Line));
        var line3 = result.Problems[0].Message;
        Assert.Contains("surname is missing", line3);
        Assert.Contains("date_of_birth", line3);
        Assert.Contains("licence_type 'taxi'", line3);
        Assert.Contains("expected 14 fields", result.Problems[1].Message);
        Assert.Contains("first on line 2", result.Problems[2].Message);
        await using var db = database.NewContext();
        Assert.False(await db.RegisterEntries.AnyAsync());
    }

    [Fact]
    public async Task A_wrong_header_is_refused() =>
        Assert.Equal(1, (await ImportAsync(new TestDatabase(), "ref,surname", Good1)).Problems.Single().Line);

    [Fact]
    public async Task Reimporting_updates_by_reference_and_never_duplicates()
    {
        using var database = new TestDatabase();
        Assert.True((await ImportAsync(database, Header, Good1, Good2)).Succeeded);
        var second = await ImportAsync(database, Header, Good1.Replace("Chaudhry", "Choudhury"), Good2);
        Assert.Equal((0, 2), (second.Created, second.Updated));
        await using var db = database.NewContext();
        Assert.Equal(2, await db.RegisterEntries.CountAsync());
        Assert.Equal("Choudhury", (await db.RegisterEntries.SingleAsync(e => e.Reference == "001-2018-000000")).Surname);
        // The new spelling is what searches now find by.
        Assert.Contains(await RegisterLookup.FindAsync(db, new RegisterIdentity("Choudhury", "Naveed", [], new DateOnly(1998, 1, 28), null)), m => m.RegisterReference == "001-2018-000000");
    }

    [Fact]
    public async Task Export_writes_the_same_format_that_import_reads()
    {
        using var database = new TestDatabase();
        await ImportAsync(database, Header, Good1, Good2);
        var output = new StringWriter();
        await using (var db = database.NewContext()) await RegisterCsv.ExportAsync(db, output);
        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([Header, Good1], lines[..2]);

        using var again = new TestDatabase();
        Assert.Equal(2, (await ImportAsync(again, lines)).Created);
    }
}
