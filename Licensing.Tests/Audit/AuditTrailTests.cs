using System.Text.Json;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Audit;

public class AuditTrailTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task Every_change_writes_an_audit_entry_with_who_when_and_before_and_after()
    {
        var person = Build.Person();
        await using (var db = database.NewContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext(new Actor("user-2", "Oscar Officer")))
        {
            var p = await db.People.SingleAsync();
            p.Update(p.Details() with { Phone = "01632 960001" }, Build.Today);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var entries = await read.AuditEntries.Where(a => a.PersonId == person.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Created", "Updated"], entries.Select(e => e.Action));
        var update = entries[1];
        Assert.Equal("Oscar Officer", update.ActorName);
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, update.At);
        var changes = JsonDocument.Parse(update.Changes).RootElement;
        Assert.Equal("07700 900123", changes.GetProperty("Phone").GetProperty("before").GetString());
        Assert.Equal("01632 960001", changes.GetProperty("Phone").GetProperty("after").GetString());
        Assert.Contains("phone", update.Summary);
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted_through_the_product()
    {
        await using (var db = database.NewContext())
        {
            db.People.Add(Build.Person());
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var entry = await db.AuditEntries.FirstAsync();
            db.AuditEntries.Remove(entry);
            await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());
        }
        await using (var db = database.NewContext())
            Assert.Equal(1, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Each_entry_is_chained_to_the_one_before_it()
    {
        await using (var db = database.NewContext())
        {
            db.People.Add(Build.Person());
            db.People.Add(Build.Person("Peter", "Jones", licence: null));
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var entries = await read.AuditEntries.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal("", entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.All(entries, e => Assert.Equal(e.ComputeHash(), e.Hash));
    }

    public void Dispose() => database.Dispose();
}
