/**
 * Who people are and what they may do: accounts with hashed passwords, roles held per workspace, the
 * first administrator and the demo users, form login for pages and HTTP Basic for the API, and the
 * {@code access} rules the other modules' handlers are guarded by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.openasm.identity;
