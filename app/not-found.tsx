import { paths } from "@/lib/routes";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>You can:</p>
      <ul>
        <li>
          <a href={paths.home()}>go to the latest news</a>
        </li>
        <li>
          <a href={paths.services()}>see which services are working</a>
        </li>
        <li>
          <a href={paths.advice()}>read advice on staying safe from scams</a>
        </li>
      </ul>
    </>
  );
}
