using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Licensing.Domain.Data;

/// <summary>
/// Text longer than its column is refused before anything is written, naming the field. On SQL Server the
/// columns are nvarchar(n) and the whole save would fail with an error the officer cannot act on ("Something
/// went wrong", their typing lost); SQLite (the tests, the default) would store it anyway, so only this
/// check makes both providers behave the same. The limits are the model's own (HasMaxLength).
/// </summary>
internal static class ColumnLengths
{
    public static void Check(ChangeTracker tracker)
    {
        foreach (var e in tracker.Entries())
        {
            if (e.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var p in e.Properties) Check(e.State, p, p.Metadata.Name);
            // Complex types (an address) are not in Properties; the form names their fields Address.Line1.
            foreach (var complex in e.ComplexProperties)
                foreach (var p in complex.Properties) Check(e.State, p, $"{complex.Metadata.Name}.{p.Metadata.Name}");
        }
    }

    private static void Check(EntityState state, PropertyEntry p, string field)
    {
        if (state == EntityState.Modified && !p.IsModified) return;
        if (p.CurrentValue is not string text || p.Metadata.GetMaxLength() is not { } max || text.Length <= max) return;
        throw new DomainRuleException($"{AuditTrail.Words(field.Replace(".", ""))} must be {max} characters or fewer (it has {text.Length})", field);
    }
}
