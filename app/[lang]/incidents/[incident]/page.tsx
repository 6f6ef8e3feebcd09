// The same page in another language (app/[lang]/layout.tsx gives it its <html lang>).
export { default, generateMetadata, generateStaticParams } from "@/app/(site)/incidents/[incident]/page";
export const dynamicParams = false;
