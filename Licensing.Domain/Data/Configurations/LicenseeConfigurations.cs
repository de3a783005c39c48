using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.Property(p => p.Forenames).HasMaxLength(200);
        b.Property(p => p.Surname).HasMaxLength(200);
        b.PrimitiveCollection(p => p.PreviousSurnames);
        b.Property(p => p.DrivingLicenceNumber).HasMaxLength(16);
        b.Property(p => p.NationalInsuranceNumber).HasMaxLength(9);
        b.Property(p => p.Phone).HasMaxLength(40);
        b.Property(p => p.Email).HasMaxLength(320);
        b.Property(p => p.EmailServiceAgreedFor).HasMaxLength(320);
        b.Ignore(p => p.MayBeServedByEmail);
        b.Property(p => p.SearchForenames).HasMaxLength(200);
        b.Property(p => p.SearchSurname).HasMaxLength(200);
        b.Property(p => p.SearchAllSurnames).HasMaxLength(1000);
        b.Property(p => p.SearchPhone).HasMaxLength(40);
        b.ComplexProperty(p => p.Address, a =>
        {
            a.Property(x => x.Line1).HasMaxLength(200).HasColumnName("AddressLine1");
            a.Property(x => x.Line2).HasMaxLength(200).HasColumnName("AddressLine2");
            a.Property(x => x.Town).HasMaxLength(100).HasColumnName("AddressTown");
            a.Property(x => x.Postcode).HasMaxLength(10).HasColumnName("AddressPostcode");
        });
        b.Ignore(p => p.FullName);
        b.HasIndex(p => p.SearchSurname);
        b.HasIndex(p => p.DrivingLicenceNumber);
        b.HasIndex(p => p.DateOfBirth);
        b.HasIndex(p => p.SearchPhone);
    }
}

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> b)
    {
        b.ToTable("Licences");
        b.HasDiscriminator<string>("Kind")
            .HasValue<DriverLicence>("Driver")
            .HasValue<OperatorLicence>("Operator")
            .HasValue<VehicleLicence>("Vehicle");
        b.Property("Kind").HasMaxLength(20);
        b.Property(l => l.Number).HasMaxLength(40);
        b.Property(l => l.SearchNumber).HasMaxLength(40);
        b.Property(l => l.StatusNote).HasMaxLength(500);
        b.Property(l => l.Conditions).HasMaxLength(Licence.ConditionsMaxLength);
        b.Ignore(l => l.IsInForce);
        b.HasIndex(l => l.Number).IsUnique();
        // The compact form is what officers search by, so "DL 00042" and "DL00042" are one number. One series
        // across every type: the numbers are prefixed by type and the grant refuses one used by any licence.
        b.HasIndex(l => l.SearchNumber).IsUnique();
        b.HasIndex(l => l.HolderId);
        b.HasIndex(l => new { l.Status, l.ExpiresOn });
        b.HasOne<Person>().WithMany().HasForeignKey(l => l.HolderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DriverLicenceConfiguration : IEntityTypeConfiguration<DriverLicence>
{
    public void Configure(EntityTypeBuilder<DriverLicence> b)
    {
        b.Property(l => l.BadgeNumber).HasMaxLength(40);
        b.Property(l => l.SearchBadgeNumber).HasMaxLength(40);
        // A renewal extends the same row, so a badge is unique among all driver licences, current or not; the
        // operator and vehicle rows have no badge (NULL), which SQL Server's index leaves out by a filter.
        b.HasIndex(l => l.SearchBadgeNumber).IsUnique();
    }
}

internal sealed class OperatorLicenceConfiguration : IEntityTypeConfiguration<OperatorLicence>
{
    public void Configure(EntityTypeBuilder<OperatorLicence> b)
    {
        b.Property(l => l.CompanyName).HasMaxLength(200);
        b.Property(l => l.CompanyNumber).HasMaxLength(20);
        b.ComplexProperty(l => l.OperatingCentre, a =>
        {
            a.Property(x => x.Line1).HasMaxLength(200).HasColumnName("CentreLine1");
            a.Property(x => x.Line2).HasMaxLength(200).HasColumnName("CentreLine2");
            a.Property(x => x.Town).HasMaxLength(100).HasColumnName("CentreTown");
            a.Property(x => x.Postcode).HasMaxLength(10).HasColumnName("CentrePostcode");
        });
    }
}

internal sealed class VehicleLicenceConfiguration : IEntityTypeConfiguration<VehicleLicence>
{
    public void Configure(EntityTypeBuilder<VehicleLicence> b)
    {
        b.Property(l => l.PlateNumber).HasMaxLength(40);
        b.Property(l => l.Registration).HasMaxLength(12);
        b.Property(l => l.SearchRegistration).HasMaxLength(12);
        b.Property(l => l.Make).HasMaxLength(60);
        b.Property(l => l.Model).HasMaxLength(60);
        b.Property(l => l.Colour).HasMaxLength(40);
        b.HasIndex(l => l.SearchRegistration);
    }
}

internal sealed class DocumentReturnConfiguration : IEntityTypeConfiguration<DocumentReturn>
{
    public void Configure(EntityTypeBuilder<DocumentReturn> b)
    {
        b.ToTable("DocumentReturns");
        b.Property(r => r.Note).HasMaxLength(2000);
        b.Property(r => r.RecordedBy).HasMaxLength(200);
        b.HasOne<Licence>().WithMany().HasForeignKey(r => r.LicenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Decisions.Decision>().WithMany().HasForeignKey(r => r.DecisionId).OnDelete(DeleteBehavior.Restrict);
        // One return for each decision that took the licence out of force: two officers recording at once make one.
        b.HasIndex(r => new { r.LicenceId, r.DecisionId }).IsUnique();
    }
}
