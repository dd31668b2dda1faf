package org.openasm.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @Access.*} rule before its body is read. Method security alone runs after
 * argument binding, so a caller without the role who sent an invalid body got a 400 listing the
 * validation rules instead of a 403. The rule sees only the path variables here ({@code #workspaceId});
 * method security checks it again, with every argument, when the handler is called.
 */
@Configuration(proxyBeanMethods = false)
class AccessBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

	private final ConversionService conversion = DefaultConversionService.getSharedInstance();

	AccessBeforeBinding(ApplicationContext context) {
		DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
		expressions.setApplicationContext(context);
		rules.setExpressionHandler(expressions);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Object[] arguments = pathArguments(request, method);
		AuthorizationResult result = rules.authorize(SecurityContextHolder.getContext()::getAuthentication,
				new SimpleMethodInvocation(method.getBean(), method.getMethod(), arguments));
		if (result != null && !result.isGranted()) {
			throw new AuthorizationDeniedException("Access Denied", result);
		}
		return true;
	}

	/** The handler's arguments as far as the path gives them; the rest stay null. */
	private Object[] pathArguments(HttpServletRequest request, HandlerMethod method) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		MethodParameter[] parameters = method.getMethodParameters();
		Object[] arguments = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			PathVariable path = parameters[i].getParameterAnnotation(PathVariable.class);
			if (path == null || variables == null) {
				continue;
			}
			String name = StringUtils.hasText(path.name()) ? path.name() : parameters[i].getParameter().getName();
			String value = variables.get(name);
			try {
				arguments[i] = value == null ? null : conversion.convert(value, parameters[i].getParameterType());
			}
			catch (RuntimeException notConvertible) {
				// left null: the rule refuses, or the handler's own binding answers 400 for those it admits
			}
		}
		return arguments;
	}
}
