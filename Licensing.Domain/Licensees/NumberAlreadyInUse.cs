using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Licensees;

/// <summary>
/// The grant checks that a licence or badge number is free, but two officers granting at the same moment
/// both pass that check; the database's unique indexes then refuse the second save. This turns that refusal
/// into the same rule the check gives, on the same form field, so the officer sees it instead of an error page.
/// </summary>
public static class NumberAlreadyInUse
{
    /// <summary>The rule the save broke, or null when the failure is not a licence or badge number in use.</summary>
    public static DomainRuleException? Explain(DbUpdateException failure, IEnumerable<Licence> added)
    {
        var index = UniqueIndex.Violation(failure);
        if (index is null) return null;
        var licence = added.FirstOrDefault();
        if (licence is null) return null;
        if (index.Contains(nameof(DriverLicence.SearchBadgeNumber), StringComparison.Ordinal) && licence is DriverLicence driver)
            return new DomainRuleException($"Badge number {driver.BadgeNumber} is already in use", "BadgeNumber");
        if (index.Contains("Licences.Number", StringComparison.Ordinal) || index.Contains("Licences_Number", StringComparison.Ordinal)
            || index.Contains(nameof(Licence.SearchNumber), StringComparison.Ordinal))
            return new DomainRuleException($"Licence number {licence.Number} is already in use", "LicenceNumber");
        return null;
    }
}
