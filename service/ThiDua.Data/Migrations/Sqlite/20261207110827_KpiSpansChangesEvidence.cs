using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KpiSpansChangesEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Base",
                table: "kpi_records",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EvidenceColumn",
                table: "kpi_records",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EvidenceHeading",
                table: "kpi_records",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EvidenceWording",
                table: "kpi_records",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "NormalizedValueMax",
                table: "kpi_records",
                type: "TEXT",
                precision: 38,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TargetYear",
                table: "kpi_records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Total",
                table: "kpi_records",
                type: "TEXT",
                precision: 38,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ValueMax",
                table: "kpi_records",
                type: "TEXT",
                precision: 38,
                scale: 6,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Base",
                table: "kpi_records");

            migrationBuilder.DropColumn(
                name: "EvidenceColumn",
                table: "kpi_records");

            migrationBuilder.DropColumn(
                name: "EvidenceHeading",
                table: "kpi_records");

            migrationBuilder.DropColumn(
                name: "EvidenceWording",
                table: "kpi_records");

            migrationBuilder.DropColumn(
                name: "NormalizedValueMax",
                table: "kpi_records");

            migrationBuilder.DropColumn(
                name: "TargetYear",
                table: "kpi_records");

            migrationBuilder.DropColumn(
                name: "Total",
                table: "kpi_records");

            migrationBuilder.DropColumn(
                name: "ValueMax",
                table: "kpi_records");
        }
    }
}
