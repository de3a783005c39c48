using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Data;

public class ConcurrencyTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task The_second_of_two_officers_editing_the_same_person_is_refused_not_silently_overwriting()
    {
        var person = Build.Person();
        await using (var db = database.NewContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
        }

        // Both officers open the record at version 0.
        int versionSeen;
        await using (var db = database.NewContext()) versionSeen = (await db.People.SingleAsync()).Version;

        await using (var first = database.NewContext())
        {
            var p = await first.People.SingleAsync();
            first.ExpectVersion(p, versionSeen);
            p.Update(p.Details() with { Phone = "01632 000001" }, Build.Today);
            await first.SaveChangesAsync();
        }
        await using (var second = database.NewContext())
        {
            var p = await second.People.SingleAsync();
            second.ExpectVersion(p, versionSeen);
            p.Update(p.Details() with { Phone = "01632 000002" }, Build.Today);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        }
        await using var read = database.NewContext();
        Assert.Equal("01632 000001", (await read.People.SingleAsync()).Phone);
    }

    public void Dispose() => database.Dispose();
}
