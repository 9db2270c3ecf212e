using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImportLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "import_jobs",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "import_jobs",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "import_jobs");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "import_jobs");
        }
    }
}
