// The same page in another language (app/[lang]/layout.tsx gives it its <html lang>).
export { default, generateMetadata } from "@/app/(site)/services/page";
