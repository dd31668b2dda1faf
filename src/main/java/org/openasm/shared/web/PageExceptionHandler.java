package org.openasm.shared.web;

import org.openasm.shared.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A page asked for a record that is not there: a 404 page that says which, not a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler(RecordNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(RecordNotFoundException ex) {
		ModelAndView view = new ModelAndView("error/404");
		view.addObject("recordType", ex.recordType());
		view.addObject("recordId", ex.recordId());
		return view;
	}

	/** Two saves of the same record overlapped: say so instead of a server error. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView concurrent(OptimisticLockingFailureException ex) {
		return new ModelAndView("error/409");
	}
}
