/**
 * Documents: renders the guidance's outputs (ASM Task Force, Context Analysis, ...) as PDF and DOCX.
 *
 * <p>Other modules build a neutral {@link org.openasm.documents.OutputDocument} from their records and
 * call {@link org.openasm.documents.DocumentRenderer}; both formats are written from the same model so
 * they carry identical content. Page labels come from {@code i18n/documents/messages*.properties}.
 */
package org.openasm.documents;
