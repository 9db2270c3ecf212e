// Appended by NSwag to the generated client (nswag.json, "extensionCode").
// Microsoft.AspNetCore.OpenApi describes an uploaded file as a $ref to an `IFormFile` schema (string, binary); NSwag
// 14.7 then types the parameter as FileParameter without emitting the interface, so it is declared here.

/** A file sent as a multipart form field. */
export interface FileParameter {
    data: any;
    fileName: string;
}
