import { notFound } from 'next/navigation';

/** Any address the column does not have answers 404 inside the site's frame. */
export default function Missing() {
  notFound();
}
